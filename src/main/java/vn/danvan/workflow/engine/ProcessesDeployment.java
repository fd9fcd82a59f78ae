package vn.danvan.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
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
 * Deploys processes/ (BPMN, DMN, Camunda Forms) as one deployment whose resource names are the bare file
 * names, so the jar, spring-boot:run and the tests deploy "model-registration.bpmn" alike. Duplicate
 * filtering with changed-only: an unchanged file never makes a new version, a changed one makes exactly one,
 * and running instances stay on the version they started with.
 */
@Component
public class ProcessesDeployment extends AbstractProcessEnginePlugin {

  public static final String NAME = "danvan-processes";
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
    Resource[] files = findFiles();
    if (files.length == 0) {
      throw new IllegalStateException("No BPMN, DMN or form files found in processes/ (" + location() + ")");
    }
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name(NAME)
        .source("processes/")
        .enableDuplicateFiltering(true);
    for (Resource file : files) {
      try (InputStream in = file.getInputStream()) {
        deployment.addInputStream(file.getFilename(), new java.io.ByteArrayInputStream(in.readAllBytes()));
      }
    }
    DeploymentWithDefinitions result = deployment.deployWithResult();
    log.info("Deployed {} file(s) from {}: {} new process definition(s), {} new decision(s)", files.length,
        location(), result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size(),
        result.getDeployedDecisionDefinitions() == null ? 0 : result.getDeployedDecisionDefinitions().size());
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
