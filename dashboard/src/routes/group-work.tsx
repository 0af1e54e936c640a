import { GroupSessionsList, RecordGroupSessionForm } from "../features/groupwork/group-sessions";
import { MonitoringNotesList, RecordMonitoringNoteForm } from "../features/groupwork/monitoring-notes";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

export function GroupWorkRoute() {
  useDocumentTitle("Group work and monitoring");
  return (
    <>
      <PageHeader
        title="Group work and monitoring"
        description="Information and training sessions, their anonymous evaluation, and anonymised poor practice and positive outcomes for the monitoring report."
      />
      <div className="two-column">
        <section className="stack-tight" aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">Sessions</h2>
          <GroupSessionsList />
        </section>
        <RecordGroupSessionForm />
      </div>
      <div className="two-column">
        <section className="stack-tight" aria-labelledby="notes-heading">
          <h2 id="notes-heading">Poor practice and positive outcomes</h2>
          <MonitoringNotesList />
        </section>
        <RecordMonitoringNoteForm />
      </div>
    </>
  );
}
