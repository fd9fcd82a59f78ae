package vn.danvan.workflow.model;

/**
 * A stage of a model's life after registration (evaluation, recognition, reward...) adds what it knows about
 * the model to its view. Stages live in their own packages; registration only collects them.
 */
public interface ModelStage {

  void describe(MobilizationModel model, ModelLife life);
}
