package vn.danvan.workflow.process;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a process instance is about, as its business key: the kind, a colon, the id ({@code model:7},
 * {@code directive:1}, {@code campaign:2026}, {@code round:11}). Ids of different kinds coincide (model 1 and
 * directive 1 both exist), so a bare number names nothing; and a lookup by business key also names the process
 * definitions it means ({@link Kind#processes()}), so a key can never reach another kind's instances.
 *
 * <p>Before this form, keys were the bare id (models, directives), {@code campaign-2026} and
 * {@code recognition-11}: {@link #upgrade} turns those into today's form (see {@link BusinessKeyMigration}).
 */
public final class BusinessKey {

  /** The kinds of business key, the processes keyed by each, and the form their keys had before. */
  public enum Kind {
    MODEL("model", "", "model-registration", "model-evaluation", "model-reward"),
    DIRECTIVE("directive", "", "directive-implementation"),
    CAMPAIGN("campaign", "campaign-", "yearly-campaign"),
    ROUND("round", "recognition-", "model-recognition"),
    PETITION("petition", "petition:", "petition-feedback", "petition-complaint", "petition-denunciation");

    private final String prefix;
    private final String oldPrefix;
    private final List<String> processes;

    Kind(String prefix, String oldPrefix, String... processes) {
      this.prefix = prefix;
      this.oldPrefix = oldPrefix;
      this.processes = List.of(processes);
    }

    /** {@code model:} */
    public String prefix() {
      return prefix + SEPARATOR;
    }

    /** What preceded the id before keys named their kind ({@code campaign-}; nothing for models and directives). */
    public String oldPrefix() {
      return oldPrefix;
    }

    /** The keys of the process definitions whose instances are keyed by this kind. */
    public List<String> processes() {
      return processes;
    }

    public String key(Object id) {
      return prefix() + id;
    }

    /** The kind of key the instances of a process definition have, if any. */
    public static Optional<Kind> of(String processDefinitionKey) {
      return Arrays.stream(values()).filter(kind -> kind.processes.contains(processDefinitionKey)).findFirst();
    }
  }

  public static final String SEPARATOR = ":";

  /** The processes about one model (registration, evaluation, reward); a recognition round is about several. */
  public static final List<String> MODEL_PROCESSES = Kind.MODEL.processes();

  private BusinessKey() {
  }

  public static String model(long modelId) {
    return Kind.MODEL.key(modelId);
  }

  public static String directive(long directiveId) {
    return Kind.DIRECTIVE.key(directiveId);
  }

  public static String campaign(int year) {
    return Kind.CAMPAIGN.key(year);
  }

  public static String round(long roundId) {
    return Kind.ROUND.key(roundId);
  }

  public static String petition(long petitionId) {
    return Kind.PETITION.key(petitionId);
  }

  /** The model a model process is about; any other key (another kind, a bare number) is refused. */
  public static long modelId(String key) {
    if (key == null || !key.startsWith(Kind.MODEL.prefix())) {
      throw new IllegalArgumentException("Not a model's business key: " + key);
    }
    try {
      return Long.parseLong(key.substring(Kind.MODEL.prefix().length()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a model's business key: " + key, e);
    }
  }

  public static boolean isModelProcess(String processDefinitionKey) {
    return MODEL_PROCESSES.contains(processDefinitionKey);
  }

  /**
   * The key in today's form for an instance of {@code processDefinitionKey} started with {@code key}: an old form
   * ({@code 7} for a model process, {@code recognition-11}) gets its kind; a key already naming a kind, a key
   * of another shape and the key of a process of no kind stay as they are.
   */
  public static String upgrade(String processDefinitionKey, String key) {
    if (key == null || key.contains(SEPARATOR)) {
      return key;
    }
    return Kind.of(processDefinitionKey)
        .filter(kind -> key.length() > kind.oldPrefix().length() && key.startsWith(kind.oldPrefix()))
        .map(kind -> kind.prefix() + key.substring(kind.oldPrefix().length()))
        .orElse(key);
  }
}
