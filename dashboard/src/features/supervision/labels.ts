import type { StaffRole, SupervisionKind, SupervisionTopic, TrainingKind } from "../../gql/graphql";

export const supervisionKindLabel: Record<SupervisionKind, string> = {
  INDIVIDUAL: "One-to-one supervision",
  GROUP: "Group support",
};

export const topicLabel: Record<SupervisionTopic, string> = {
  CASEWORK: "Casework",
  PRACTICE: "Practice",
  HEALTH_AND_SAFETY: "Health and safety",
  WELLBEING: "Wellbeing",
  TRAINING: "Training",
};

export const trainingLabel: Record<TrainingKind, string> = {
  IPSEA_LEVEL_1: "IPSEA legal training, level 1",
  IPSEA_LEVEL_2: "IPSEA legal training, level 2",
  IPSEA_LEVEL_3: "IPSEA legal training, level 3",
  INDEPENDENT_SUPPORT: "Independent Support",
  SAFEGUARDING: "Safeguarding",
  INDUCTION: "Induction",
};

export const roleWord: Record<StaffRole, string> = {
  MANAGER: "Manager",
  OFFICER: "Officer",
  VOLUNTEER: "Volunteer",
  STEERING: "Steering group",
  ADMIN: "Administrator",
};
