#!/bin/sh
# bulwark host baseline: start a program with systemd credentials in its environment.
# Usage: with-credentials CREDENTIAL=VARIABLE... -- PROGRAM [ARGS...]
# Reads each credential from $CREDENTIALS_DIRECTORY (LoadCredential=) into VARIABLE, then execs PROGRAM.
# Values never reach argv, stdout, stderr or the journal; only names appear in messages.
set -eu

if [ -z "${CREDENTIALS_DIRECTORY:-}" ]; then
    echo "with-credentials: CREDENTIALS_DIRECTORY is not set; run from a unit with LoadCredential=" >&2
    exit 78
fi

while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do
    credential=${1%%=*}
    variable=${1#*=}
    case $credential in
        '' | *[!A-Za-z0-9_.-]*)
            echo "with-credentials: bad credential name in argument $1" >&2
            exit 64
            ;;
    esac
    case $variable in
        '' | [0-9]* | *[!A-Za-z0-9_]*)
            echo "with-credentials: bad variable name for credential $credential" >&2
            exit 64
            ;;
    esac
    if [ ! -r "$CREDENTIALS_DIRECTORY/$credential" ] || [ ! -s "$CREDENTIALS_DIRECTORY/$credential" ]; then
        echo "with-credentials: credential $credential is missing or empty; bulwark deploy writes it" >&2
        exit 78
    fi
    value=$(cat -- "$CREDENTIALS_DIRECTORY/$credential")
    export "$variable=$value"
    unset value
    shift
done

if [ "$#" -lt 2 ]; then
    echo "with-credentials: usage: with-credentials CREDENTIAL=VARIABLE... -- PROGRAM [ARGS...]" >&2
    exit 64
fi
shift
exec "$@"
