package vn.danvan.workflow.reward;

/**
 * A reward decision was recorded for a model (published by {@link RecordRewardDecisionDelegate} in the engine's
 * transaction): what listens after the commit, such as the letter to the unit, acts only on a decision that stands.
 */
public record RewardGranted(Long proposalId, long modelId) {
}
