package vn.danvan.workflow.petition;

/** Published in the engine's transaction when a petition is answered or settled: its answer letter is due. */
public record PetitionSettled(long petitionId) {
}
