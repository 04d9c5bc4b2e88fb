#!/usr/bin/env bash
# Brace expansion in an argument is an argument, not a command.
sudo apt-get install -y {libpng,libjpeg}-dev cp config.{yml,yml.bak}
mkdir -p build/{debug,release}/obj
# A string continued with a trailing backslash, and one that runs over lines.
echo "first part \
second part"
MSG="line one
line two"
printf '%s\n' "$MSG" # after the strings
# Command substitution nested a few levels, as real scripts do.
out=$(echo "$(basename "$(pwd)")")
