# Masthead: build with the Maven wrapper, run the fast-jar on a Java 17 runtime as a non-root user.
#   docker build -t masthead .                                   (embedded H2)
#   docker build --build-arg MAVEN_PROFILE=postgresql -t masthead-pg .   (PostgreSQL)

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:resolve dependency:resolve-plugins || true
COPY src src
COPY openapi openapi
ARG MAVEN_PROFILE=""
RUN ./mvnw -B -DskipTests ${MAVEN_PROFILE:+-P$MAVEN_PROFILE} package

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 1001 --home-dir /app --shell /usr/sbin/nologin masthead \
    && mkdir -p /app/data && chown masthead /app/data
COPY --from=build --chown=masthead /src/target/quarkus-app/lib/ /app/lib/
COPY --from=build --chown=masthead /src/target/quarkus-app/*.jar /app/
COPY --from=build --chown=masthead /src/target/quarkus-app/app/ /app/app/
COPY --from=build --chown=masthead /src/target/quarkus-app/quarkus/ /app/quarkus/
USER 1001
ENV MASTHEAD_H2_PATH=/app/data/masthead \
    JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75"
VOLUME /app/data
# 8080: the API and its documentation. 9000: the management interface (/q/health/live,
# /q/health/ready, /q/metrics) for probes and Prometheus; publish it only to them.
EXPOSE 8080 9000
# exec form: the JVM gets SIGTERM directly and Quarkus shuts down gracefully.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
