package vn.danvan.workflow.process;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Deploys processes/ (BPMN, DMN, Camunda Forms) as one deployment whose resource names are the bare file
 * names, so the jar, spring-boot:run and the tests deploy "model-registration.bpmn" alike. Duplicate
 * filtering of the whole deployment: an unchanged folder makes no new version; a change to any file deploys
 * every file again, together. The processes bind their forms by {@code deployment}, so each process version
 * finds the forms it was deployed with in its own deployment: a running instance keeps its forms, a new one
 * gets the changed form. (Changed-only filtering would deploy a changed form alone: no process version would
 * see it, and a changed process alone would find no forms.)
 */
@Component
public class ProcessesDeployment extends AbstractProcessEnginePlugin {

  public static final String NAME = "danvan-processes";
  private static final Logger log = LoggerFactory.getLogger(ProcessesDeployment.class);
  private static final String[] TYPES = {"bpmn", "dmn", "form"};

  private final String externalDir;

  ProcessesDeployment(@Value("${danvan.processes.dir:}") String externalDir) {
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
        .enableDuplicateFiltering(false); // false: not changed-only; any change deploys all files together
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
