package vn.danvan.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.danvan.workflow.campaign.CampaignProcess;
import vn.danvan.workflow.directive.DirectiveProcess;
import vn.danvan.workflow.evaluation.EvaluationProcess;
import vn.danvan.workflow.process.BusinessKey.Kind;
import vn.danvan.workflow.recognition.RecognitionProcess;
import vn.danvan.workflow.registration.RegistrationProcess;
import vn.danvan.workflow.reward.RewardProcess;

/** A business key names its kind; a model's id is read only from a model's key. */
class BusinessKeyTest {

  @Test
  void eachKindBuildsItsOwnKey() {
    assertThat(BusinessKey.model(1)).isEqualTo("model:1");
    assertThat(BusinessKey.directive(1)).isEqualTo("directive:1");
    assertThat(BusinessKey.campaign(2026)).isEqualTo("campaign:2026");
    assertThat(BusinessKey.round(11)).isEqualTo("round:11");
    assertThat(BusinessKey.model(1)).isNotEqualTo(BusinessKey.directive(1));
  }

  @Test
  void aModelIdIsReadOnlyFromAModelKey() {
    assertThat(BusinessKey.modelId("model:42")).isEqualTo(42L);
    for (String other : new String[] {"directive:42", "42", "round:42", "campaign:2026", "model:", "model:x", null}) {
      assertThatThrownBy(() -> BusinessKey.modelId(other)).as(other).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theKindsNameTheProcessesTheyKey() {
    assertThat(Kind.MODEL.processes())
        .containsExactly(RegistrationProcess.KEY, EvaluationProcess.KEY, RewardProcess.KEY);
    assertThat(Kind.DIRECTIVE.processes()).containsExactly(DirectiveProcess.KEY);
    assertThat(Kind.CAMPAIGN.processes()).containsExactly(CampaignProcess.KEY);
    assertThat(Kind.ROUND.processes()).containsExactly(RecognitionProcess.KEY);
    assertThat(BusinessKey.isModelProcess(RecognitionProcess.KEY)).isFalse();
    assertThat(BusinessKey.isModelProcess(DirectiveProcess.KEY)).isFalse();
  }

  @Test
  void oldKeysGetTheirKindOnceAndOthersStayAsTheyAre() {
    assertThat(BusinessKey.upgrade("model-evaluation", "7")).isEqualTo("model:7");
    assertThat(BusinessKey.upgrade("directive-implementation", "1")).isEqualTo("directive:1");
    assertThat(BusinessKey.upgrade("yearly-campaign", "campaign-2026")).isEqualTo("campaign:2026");
    assertThat(BusinessKey.upgrade("model-recognition", "recognition-11")).isEqualTo("round:11");
    assertThat(BusinessKey.upgrade("model-evaluation", "model:7")).isEqualTo("model:7");
    assertThat(BusinessKey.upgrade("model-recognition", "round:11")).isEqualTo("round:11");
    assertThat(BusinessKey.upgrade("yearly-campaign", "2026")).isEqualTo("2026");
    assertThat(BusinessKey.upgrade("yearly-campaign", null)).isNull();
    assertThat(BusinessKey.upgrade("model-reward", "")).isEmpty();
    assertThat(BusinessKey.upgrade("reminder-load", "load-1")).isEqualTo("load-1");
  }

  /** Every call activity of processes/ starts its called process with a key of that process's kind. */
  @Test
  void callActivitiesPassKeysOfTheCalledProcessesKind() throws IOException {
    Pattern call = Pattern.compile("<bpmn:callActivity[^>]*calledElement=\"([^\"]+)\"(.*?)</bpmn:callActivity>",
        Pattern.DOTALL);
    Pattern key = Pattern.compile("<camunda:in businessKey=\"([^\"]+)\"");
    List<String> checked = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Matcher activity = call.matcher(Files.readString(file));
        while (activity.find()) {
          Matcher passed = key.matcher(activity.group(2));
          assertThat(passed.find()).as(file + " calls " + activity.group(1) + " without a business key").isTrue();
          Kind kind = Kind.of(activity.group(1)).orElseThrow();
          assertThat(passed.group(1)).as(file + " → " + activity.group(1)).startsWith(kind.prefix());
          checked.add(activity.group(1));
        }
      }
    }
    assertThat(checked).contains("model-evaluation", "model-recognition", "model-reward");
  }
}
