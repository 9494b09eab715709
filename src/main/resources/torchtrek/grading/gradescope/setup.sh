#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image (Ubuntu 22.04):
# a JDK 21 for TorchTrek and bubblewrap for the sandbox (used where the container allows it).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq openjdk-21-jdk-headless bubblewrap util-linux >/dev/null
java -version
