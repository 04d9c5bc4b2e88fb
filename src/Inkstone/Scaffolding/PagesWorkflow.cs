namespace Inkstone.Scaffolding;

/// <summary>
/// The GitHub Actions workflow a new site gets (<c>.github/workflows/pages.yml</c>): on a push to main it installs
/// the Inkstone that made the site (the same version, so a site never builds with an Inkstone it was not written
/// for), builds with the address GitHub Pages serves it at, and deploys the output with GitHub's own Pages
/// actions. Its <c>run:</c> steps are plain <c>inkstone</c> commands, which a test runs on a new site.
/// </summary>
public static class PagesWorkflow
{
    public const string Path = ".github/workflows/pages.yml";

    public static string Text(string inkstoneVersion) => $$$"""
        # Builds the site with Inkstone {{{inkstoneVersion}}} and publishes it on GitHub Pages at every push to main.
        # Turn it on in the repository's Settings > Pages > Build and deployment > Source: GitHub Actions.
        # To publish elsewhere, replace the last two steps with 'inkstone deploy --no-build --to s3://BUCKET/'
        # (credentials from the repository's secrets as AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).
        name: Deploy to GitHub Pages

        on:
          push:
            branches: [main]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0 # posts without a date take their first commit's
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: 10.0.x
              - id: pages
                uses: actions/configure-pages@v5
              - run: dotnet tool install --global Inkstone.Cli --version {{{inkstoneVersion}}}
              - run: inkstone build --base-url "${{ steps.pages.outputs.base_url }}/"
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: public

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4
        """;
}
