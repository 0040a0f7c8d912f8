# storywire images: one build, two runtimes.
#   docker build --target processor -t storywire-processor .
#   docker build --target ingest    -t storywire-ingest .

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY schemas/pom.xml schemas/
COPY platform/pom.xml platform/
COPY domain/pom.xml domain/
COPY web/pom.xml web/
COPY ingest/pom.xml ingest/
COPY processor/pom.xml processor/
COPY eval/pom.xml eval/
COPY app/pom.xml app/
# The root pom lists it; it is only a pom (kafka-tools' classpath for `bench`), not in the image.
COPY bench-tools/pom.xml bench-tools/
# Dependencies first, so that a code change does not download them again.
RUN mvn -B -q dependency:go-offline -DexcludeGroupIds=org.storywire || true
COPY schemas schemas
COPY platform platform
COPY domain domain
COPY web web
COPY ingest ingest
COPY processor processor
COPY eval eval
COPY app app
RUN mvn -B -q -DskipTests install \
 && mvn -B -q -pl app dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=/out/lib \
 && cp app/target/storywire-app-*.jar /out/lib/

FROM eclipse-temurin:17-jre AS runtime
RUN useradd --system --uid 10001 --home-dir /var/lib/storywire --create-home storywire
COPY --from=build /out/lib /opt/storywire/lib
USER storywire
WORKDIR /var/lib/storywire
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-cp", "/opt/storywire/lib/*", "org.storywire.app.Main"]

FROM runtime AS ingest
CMD ["ingest", "--help"]

FROM runtime AS processor
ENV STORYWIRE_STATE_DIR=/var/lib/storywire/streams
EXPOSE 8080
CMD ["process"]
