import { SectionPage } from '../../app/SectionPage';

/** The client's to-dos: tasks the firm asks of them. */
export function TodosPage() {
  return (
    <SectionPage title="To-dos">
      {() => <p className="muted">You have no to-dos.</p>}
    </SectionPage>
  );
}
