# Build: docker build -t danvan-workflow .   (docker-compose.yml builds it too)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY processes processes
COPY src src
RUN ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/danvan-workflow.jar extract --destination /app

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 danvan && mkdir -p /data && chown danvan /data
WORKDIR /app
COPY --from=build /app /app
# measured: idle RSS ~430 MB with these limits (740-830 MB with JVM defaults)
ENV DATA_DIR=/data JAVA_TOOL_OPTIONS="-Xmx256m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m"
# Start-up: plain (extracted) jars load faster than nested ones; the context Spring AOT worked out at build time
# (spring.aot.enabled) spares parsing configuration classes and evaluating conditions; a class data sharing
# archive recorded by one training start with this very JVM (it stops once the context is up) spares loading
# and verifying the classes again at every start. Measured in README "Performance" (StartupBenchmark).
RUN DATA_DIR=/tmp/training java -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit=/app/application.jsa -Dspring.context.exit=onRefresh \
      -jar /app/danvan-workflow.jar \
 && rm -rf /tmp/training
# run-jar.sh puts the JIT's C2 compiler thread at the lowest CPU priority, then becomes the JVM (PID 1)
COPY scripts/run-jar.sh /app/run-jar.sh
USER danvan
EXPOSE 8080
ENTRYPOINT ["/app/run-jar.sh", "-Dspring.aot.enabled=true", "-XX:SharedArchiveFile=/app/application.jsa", \
            "-jar", "/app/danvan-workflow.jar"]
