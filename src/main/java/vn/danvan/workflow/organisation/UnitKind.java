package vn.danvan.workflow.organisation;

/** What a unit is; levels are data (parent links), so a two-level province needs no code change. */
public enum UnitKind {
  PROVINCE, DISTRICT, COMMUNE, PARTY_BODY, GOVERNMENT_BODY, MASS_ORGANISATION, ARMED_FORCE
}
