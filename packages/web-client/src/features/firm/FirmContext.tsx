import { createContext, useContext, useEffect, type ReactNode } from 'react';

/** What the portal shows of the firm at its address. */
export interface Firm {
  slug: string;
  name: string;
  logoUrl: string | null;
  accentColor: string;
}

const FirmContext = createContext<Firm | null>(null);

export function FirmProvider({ firm, children }: { firm: Firm; children: ReactNode }) {
  return <FirmContext.Provider value={firm}>{children}</FirmContext.Provider>;
}

/** The firm whose portal this is; only inside FirmProvider. */
export function useFirm(): Firm {
  const firm = useContext(FirmContext);
  if (!firm) throw new Error('useFirm() is used outside a FirmProvider.');
  return firm;
}

/** Sets the browser tab's title: "<Firm name> · Client portal", with an optional page name in front. */
export function useFirmTitle(page?: string): void {
  const { name } = useFirm();
  useEffect(() => {
    document.title = [page, name, 'Client portal'].filter(Boolean).join(' · ');
  }, [name, page]);
}
