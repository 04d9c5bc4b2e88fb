# syntax=docker/dockerfile:1
ARG DOTNET_VERSION=10.0
FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
WORKDIR /src

COPY --link Inkstone.slnx Directory.Build.props ./
COPY src/ src/
RUN dotnet restore src/Inkstone.Cli \
    && dotnet publish src/Inkstone.Cli -c Release -o /out --no-restore \
    && rm -rf /root/.nuget/packages/*

FROM mcr.microsoft.com/dotnet/runtime:$DOTNET_VERSION
LABEL org.opencontainers.image.title="inkstone" maintainer="lin@example.org"
ENV INKSTONE_HOME=/site \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
COPY --from=build /out /app
USER 1000:1000
EXPOSE 8080
HEALTHCHECK --interval=30s CMD curl -fsS "http://localhost:8080/" || exit 1
VOLUME ["/site"]
ENTRYPOINT ["dotnet", "/app/Inkstone.Cli.dll"]
CMD ["serve", "--port", "8080"]
