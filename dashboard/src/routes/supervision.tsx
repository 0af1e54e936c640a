import { useState } from "react";
import { RecordSupervisionForm } from "../features/supervision/record-supervision-form";
import { SupervisionHistory } from "../features/supervision/supervision-history";
import { SupervisionSchedule } from "../features/supervision/supervision-schedule";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

export function SupervisionRoute() {
  useDocumentTitle("Supervision");
  const [preselect, setPreselect] = useState<{ staffId: string; at: number } | null>(null);
  return (
    <>
      <PageHeader title="Supervision" description="Who is due supervision, recording a session, and the sessions recorded." />
      <div className="stack">
        <section className="stack-tight" aria-labelledby="schedule-heading">
          <h2 id="schedule-heading">Schedule</h2>
          <SupervisionSchedule onRecord={(staffId) => setPreselect({ staffId, at: Date.now() })} />
        </section>
        <div className="two-column">
          <RecordSupervisionForm preselect={preselect} />
          <section className="card stack-tight" aria-labelledby="history-heading">
            <h2 id="history-heading">Recent sessions</h2>
            <SupervisionHistory emptyText="No sessions recorded yet." />
          </section>
        </div>
      </div>
    </>
  );
}
