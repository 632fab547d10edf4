# Builds the production jar inside the image, so `docker compose up` needs nothing but Docker.
FROM eclipse-temurin:17-jdk AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./mvnw -B -DskipTests -Pproduction package

# The Ubuntu-based Temurin images ship curl (kept on purpose, adoptium/containers#255): docker-compose's
# healthcheck calls /actuator/health/readiness with it. A base image without curl needs it installed here.
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/ita-board-*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
