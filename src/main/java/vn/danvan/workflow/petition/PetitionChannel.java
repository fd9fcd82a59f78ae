package vn.danvan.workflow.petition;

/** STUB (replaced at merge by branch h-petition). */
public enum PetitionChannel { IN_PERSON, POST, PHONE, ONLINE }
