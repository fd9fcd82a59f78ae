package vn.danvan.workflow.petition;

/** STUB (replaced at merge by branch h-petition). */
public enum PetitionKind { KIEN_NGHI, PHAN_ANH, KHIEU_NAI, TO_CAO }
