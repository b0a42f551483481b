# The portal as a container: built with the Maven wrapper, run on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY db db
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
  && useradd --system --uid 10001 mopi
WORKDIR /app
COPY --from=build /src/target/mopi-portal-*.jar app.jar
# Faster start-up (issue 13, docs/operations.md "Start-up time"): the jar extracted (classes load
# from plain jars, not nested ones) and a Class Data Sharing archive written by a training start
# on a throw-away embedded PostgreSQL: it runs until ready (demo data loaded), opens the sign-in
# page, and is stopped; the JVM writes the archive as it exits.
RUN java -Djarmode=tools -jar app.jar extract --destination /app/portal && rm app.jar \
  && chown -R mopi /app
USER mopi
RUN java -XX:ArchiveClassesAtExit=/app/portal.jsa -jar /app/portal/app.jar \
      --mopi.embedded-database.data-directory=/tmp/cds-training > /tmp/cds-training.log 2>&1 & pid=$!; \
    for i in $(seq 1 300); do curl -fs http://localhost:8080/actuator/health/readiness | grep -q UP && break; sleep 1; done; \
    curl -fs -o /dev/null http://localhost:8080/login; kill $pid; wait $pid; \
    test -f /app/portal.jsa || { tail -40 /tmp/cds-training.log; exit 1; }; \
    rm -rf /tmp/cds-training /tmp/cds-training.log /tmp/embedded-pg
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health | grep -q '"UP"' || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/portal.jsa", "-jar", "/app/portal/app.jar"]
