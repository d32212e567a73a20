import { NavLink } from 'react-router';
import { useFirm } from '../features/firm/FirmContext';
import { sectionPath, useCurrentPortal } from '../features/home/useCurrentPortal';
import type { ClientPortal } from '../features/home/portals';

interface SectionLink {
  path: string;
  label: string;
  /** Shown only to members with this permission. */
  permission?: keyof ClientPortal['permissions'];
}

const SECTIONS: SectionLink[] = [
  { path: 'todos', label: 'To-dos' },
  { path: 'files', label: 'Files', permission: 'myDocuments' },
  { path: 'billing', label: 'Billing', permission: 'billingDocuments' },
  { path: 'messages', label: 'Messages', permission: 'secureMessaging' },
  { path: 'appointments', label: 'Appointments' },
  { path: 'details', label: 'My details', permission: 'myDetails' },
];

/** The sections of the client's portal the member may use (S4). */
export function PortalNav() {
  const firm = useFirm();
  const { portals, portal } = useCurrentPortal();
  if (!portal) return null;
  const several = (portals?.length ?? 0) > 1;
  const visible = SECTIONS.filter((section) => !section.permission || portal.permissions[section.permission]);
  return (
    <nav className="portal-nav" aria-label="Portal">
      <ul>
        <li>
          <NavLink to={`/p/${firm.slug}`} end>
            Home
          </NavLink>
        </li>
        {visible.map((section) => (
          <li key={section.path}>
            <NavLink to={sectionPath(firm.slug, section.path, portal, several)}>{section.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
