import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { cx } from '../lib/cx';

/** Where the list goes: under its button (above it when there is no room below), right edges aligned. */
function placeBelow(button: HTMLElement | null): CSSProperties {
  const rect = button?.getBoundingClientRect();
  if (!rect) return {};
  const below = window.innerHeight - rect.bottom;
  const vertical: CSSProperties = below < 240 && rect.top > below ? { bottom: window.innerHeight - rect.top + 4 } : { top: rect.bottom + 4 };
  return { ...vertical, right: Math.max(8, document.documentElement.clientWidth - rect.right) };
}

export interface MenuItem {
  /** Unique within the menu. */
  key: string;
  label: string;
  onSelect: () => void;
  tone?: 'danger';
}

interface MenuProps {
  /** The button's visible text. */
  label: ReactNode;
  /** The button's accessible name, when the visible text is not enough ("Actions for Maria Lopez"). */
  accessibleLabel?: string;
  items: readonly MenuItem[];
}

/**
 * A button that opens a list of actions (the ARIA menu button pattern): arrow keys, Home and End
 * move between items, Escape closes and returns focus to the button, Tab and a click elsewhere
 * close it.
 */
export function Menu({ label, accessibleLabel, items }: MenuProps) {
  const [open, setOpen] = useState(false);
  // Placed against the viewport, so a scrolling table around the button does not clip it.
  const [place, setPlace] = useState<CSSProperties>({});
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  // Which item gets focus when the menu opens (first, or last with ArrowUp).
  const focusOnOpen = useRef<'first' | 'last'>('first');

  const itemElements = () => [...(listRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const elements = itemElements();
    (focusOnOpen.current === 'last' ? elements[elements.length - 1] : elements[0])?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && wrapRef.current?.contains(event.target)) return;
      setOpen(false);
    };
    // The list is fixed in place: when the page scrolls or resizes, it follows its button.
    const follow = () => setPlace(placeBelow(buttonRef.current));
    document.addEventListener('pointerdown', closeOnOutside);
    window.addEventListener('scroll', follow, true);
    window.addEventListener('resize', follow);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutside);
      window.removeEventListener('scroll', follow, true);
      window.removeEventListener('resize', follow);
    };
  }, [open]);

  const openMenu = (focus: 'first' | 'last') => {
    focusOnOpen.current = focus;
    setPlace(placeBelow(buttonRef.current));
    setOpen(true);
  };

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const elements = itemElements();
    const index = elements.findIndex((element) => element === document.activeElement);
    const move = (to: number) => {
      event.preventDefault();
      elements[(to + elements.length) % elements.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(elements.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      // Keep a surrounding dialog from closing too.
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };

  return (
    <div className="menu" ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        className="btn btn--secondary btn--sm"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={accessibleLabel}
        onClick={() => (open ? setOpen(false) : openMenu('first'))}
        onKeyDown={onButtonKeyDown}
      >
        {label}
        <span aria-hidden="true" className="menu__caret">
          ▾
        </span>
      </button>
      {open ? (
        <ul className="menu__list" role="menu" id={menuId} aria-label={accessibleLabel} ref={listRef} onKeyDown={onMenuKeyDown} style={place}>
          {items.map((item) => (
            <li role="none" key={item.key}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={cx('menu__item', item.tone === 'danger' && 'menu__item--danger')}
                onClick={() => {
                  // Focus goes back to the button first, so a dialog the item opens returns it there.
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
