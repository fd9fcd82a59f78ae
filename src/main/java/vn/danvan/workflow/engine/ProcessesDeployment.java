package vn.danvan.workflow.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Deploys processes/ (BPMN, DMN, Camunda Forms) into deployments named {@value #NAME} whose resource names are
 * the bare file names, so the jar, spring-boot:run and the tests deploy "model-registration.bpmn" alike. The
 * first start deploys every file at once; later starts deploy only what changed, but a process always with
 * the forms it binds (by {@code deployment}), see {@link DeploymentSet}: an unchanged folder makes no new
 * version, a changed process or form makes one new version of the processes concerned and of no other, and
 * running instances stay on the version, and the forms, they started with.
 */
@Component
public class ProcessesDeployment extends AbstractProcessEnginePlugin {

  public static final String NAME = "danvan-processes";
  private static final String SOURCE = "processes/";
  private static final Logger log = LoggerFactory.getLogger(ProcessesDeployment.class);
  private static final String[] TYPES = {"bpmn", "dmn", "form"};

  private final String externalDir;

  @Autowired
  ProcessesDeployment(ProcessesSettings settings) {
    this(settings.dir());
  }

  ProcessesDeployment(String externalDir) {
    this.externalDir = externalDir;
  }

  /** As soon as the engine is built, before the job executor or any request can use it. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    try {
      deploy(engine);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read processes from " + location(), e);
    }
  }

  void deploy(ProcessEngine engine) throws IOException {
    Map<String, byte[]> files = read(findFiles());
    if (files.isEmpty()) {
      throw new IllegalStateException("No BPMN, DMN or form files found in processes/ (" + location() + ")");
    }
    Set<String> changed = changed(engine, files);
    if (changed.isEmpty()) {
      log.info("Deployed nothing: the {} file(s) in {} are unchanged", files.size(), location());
      return;
    }
    Set<String> together = DeploymentSet.of(files, changed);
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name(NAME)
        .source(SOURCE)
        // the whole set, not changed-only: a process must find its unchanged forms in its own deployment;
        // still filtered, so a second node starting at the same time deploys nothing
        .enableDuplicateFiltering(false);
    together.forEach(name -> deployment.addInputStream(name, new ByteArrayInputStream(files.get(name))));
    DeploymentWithDefinitions result = deployment.deployWithResult();
    log.info("Deployed {} of {} file(s) from {} ({} changed): {} new process definition(s), {} new decision(s)",
        together.size(), files.size(), location(), changed.size() == files.size() ? "all" : changed,
        result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size(),
        result.getDeployedDecisionDefinitions() == null ? 0 : result.getDeployedDecisionDefinitions().size());
  }

  /** The files whose content differs from the latest deployed under the same name (all, on a new database). */
  private static Set<String> changed(ProcessEngine engine, Map<String, byte[]> files) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Map<String, ResourceEntity> deployed = configuration.getCommandExecutorTxRequired().execute(context ->
        context.getResourceManager().findLatestResourcesByDeploymentName(NAME, files.keySet(), SOURCE, null));
    Set<String> changed = new TreeSet<>();
    files.forEach((name, content) -> {
      ResourceEntity latest = deployed.get(name);
      if (latest == null || !Arrays.equals(latest.getBytes(), content)) {
        changed.add(name);
      }
    });
    return changed;
  }

  private static Map<String, byte[]> read(Resource[] files) throws IOException {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    for (Resource file : files) {
      try (InputStream in = file.getInputStream()) {
        contents.put(file.getFilename(), in.readAllBytes());
      }
    }
    return contents;
  }

  private Resource[] findFiles() throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    return Arrays.stream(TYPES)
        .flatMap(type -> {
          try {
            return Arrays.stream(resolver.getResources(location() + "*." + type));
          } catch (IOException e) {
            throw new IllegalStateException("Cannot read processes from " + location(), e);
          }
        })
        .filter(Resource::isReadable)
        .sorted(Comparator.comparing(Resource::getFilename))
        .toArray(Resource[]::new);
  }

  private String location() {
    return StringUtils.hasText(externalDir)
        ? "file:" + StringUtils.trimTrailingCharacter(externalDir, '/') + "/"
        : "classpath:processes/";
  }
}
