package vn.danvan.workflow.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An authority as the API's body and the page's form give it; the same checks for both. */
record AuthorityRequest(@NotBlank @Size(max = 64) String areaId, @NotBlank @Size(max = 64) String levelName,
    @NotNull Power power, @NotBlank @Size(max = 64) String actorGroup, @NotBlank @Size(max = 255) String actorTitle,
    @Size(max = 64) String proposerGroup, @Size(max = 255) String proposerTitle,
    @Size(max = 64) String publicistGroup, @Size(max = 32) String rewardForm,
    @Size(max = 255) String rewardFormName) {

  static AuthorityRequest of(Authority a) {
    return new AuthorityRequest(a.getAreaId(), a.getLevelName(), a.getPower(), a.getActorGroup(), a.getActorTitle(),
        a.getProposerGroup(), a.getProposerTitle(), a.getPublicistGroup(), a.getRewardForm(), a.getRewardFormName());
  }
}
