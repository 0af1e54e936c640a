/** Demo sign-ins; the README lists them. Seeded only in embedded/demo mode. */
export const DEMO_PASSWORD = "demo-password-2026";

export const demoStaff = [
  { email: "manager@demo.sendiass.test", displayName: "Maya Patel", role: "MANAGER", capacity: 10, level3: true },
  { email: "officer@demo.sendiass.test", displayName: "Owen Hughes", role: "OFFICER", capacity: 30, level3: true },
  { email: "officer2@demo.sendiass.test", displayName: "Priya Shah", role: "OFFICER", capacity: 30, level3: false },
  { email: "volunteer@demo.sendiass.test", displayName: "Vera Lewis", role: "VOLUNTEER", capacity: 6, level3: false },
  { email: "steering@demo.sendiass.test", displayName: "Sam Okafor", role: "STEERING", capacity: 0, level3: false },
  { email: "admin@demo.sendiass.test", displayName: "Ada Brooks", role: "ADMIN", capacity: 0, level3: false },
] as const;
