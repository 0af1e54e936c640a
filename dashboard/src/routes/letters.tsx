import { LetterTemplateEditor } from "../features/letters/letter-template-editor";
import { PageHeader } from "../ui/page-header";
import { useDocumentTitle } from "../ui/document-title";

/** The service's wording of its letters, standard and easy read (decision 039); managers only. */
export function LettersRoute() {
  useDocumentTitle("Letter templates");
  return (
    <>
      <PageHeader
        title="Letter templates"
        description="The service's own wording of each letter, standard and easy read. Large print is the same wording, larger."
      />
      <LetterTemplateEditor />
    </>
  );
}
