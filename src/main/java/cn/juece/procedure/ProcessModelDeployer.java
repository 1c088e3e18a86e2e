package cn.juece.procedure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/*.bpmn and *.dmn under stable names ({@code processes/<file>}) and only
 * what changed, so a restart does not create new versions of unchanged models whether the
 * app runs from classes or from the fat jar.
 */
@Component
@Order(0)
class ProcessModelDeployer implements ApplicationRunner {

    static final String DEPLOYMENT_NAME = "juece-processes";
    private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployer.class);

    private final RepositoryService repository;

    ProcessModelDeployer(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        DeploymentBuilder deployment = repository.createDeployment().name(DEPLOYMENT_NAME)
                .source("juece").enableDuplicateFiltering(true);
        int count = 0;
        for (String pattern : new String[] {"classpath*:processes/*.bpmn", "classpath*:processes/*.dmn"}) {
            for (Resource resource : resolver.getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream("processes/" + resource.getFilename(),
                            new ByteArrayInputStream(in.readAllBytes()));
                }
                count++;
            }
        }
        var result = deployment.deployWithResult();
        log.info("流程模型 {} 个，本次部署 {} 个流程定义、{} 个决策定义", count,
                result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size(),
                result.getDeployedDecisionDefinitions() == null ? 0 : result.getDeployedDecisionDefinitions().size());
    }
}
