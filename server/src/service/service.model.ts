/** What the public form may show about a service: no staff, no families. */
export interface PublicService {
  slug: string;
  name: string;
  areaName: string;
  helplinePhone: string | null;
  /** Working days within which the service aims to respond. */
  responseTargetDays: number;
}
