# An argument with a hyphen is an argument, not a command.
Get-ChildItem -Path my-folder -Filter *.md
Copy-Item build-output dist-folder -Recurse
git checkout -b feature-login
npm run build-prod
$name = "my-site"; Write-Host "deploying $name to us-east-1"
$d = Get-Date; Get-Item x | Select-Object Name
function Get-Thing { return (Get-Date).Year }
