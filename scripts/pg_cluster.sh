# Sourced by test.sh, bench.sh and server.sh: a throwaway PostgreSQL cluster on a loopback port,
# for the team-mode tests and trials. Debian's postgresql package gives the programs; the cluster
# lives in a folder of its own and is stopped (and, for tests, deleted) on exit.

# projectdesk_pg_bindir: the newest installed PostgreSQL's programs (initdb, pg_ctl).
projectdesk_pg_bindir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    if [ -z "$dir" ]; then
        echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2
        return 1
    fi
    echo "$dir"
}

# projectdesk_pg_start DIR PORT: makes a cluster in DIR (unless there is one) and starts it on
# 127.0.0.1:PORT with trust for local logins of the superuser "postgres". initdb refuses root: as
# root, the cluster belongs to the postgres user and is run as that user.
projectdesk_pg_start() {
    local dir="$1" port="$2" bindir run=()
    bindir="$(projectdesk_pg_bindir)" || return 1
    if [ "$(id -u)" -eq 0 ]; then
        run=(runuser -u postgres --)
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    if [ ! -f "$dir/PG_VERSION" ]; then
        "${run[@]}" "$bindir/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 || {
            cat "$dir.initdb.log" >&2
            return 1
        }
        # The superuser logs in without a password on loopback (the tests and scripts set up with
        # it); every other login needs its password, as on a real server.
        cat >"$dir/pg_hba.conf" <<HBA
local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
HBA
    fi
    # fsync off: a throwaway cluster that is deleted afterwards needs no durability, and the tests
    # make and drop hundreds of databases.
    "${run[@]}" "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null || {
        cat "$dir/server.log" >&2
        return 1
    }
}

# projectdesk_pg_stop DIR: stops the cluster in DIR (fast: it is thrown away).
projectdesk_pg_stop() {
    local dir="$1" bindir run=()
    bindir="$(projectdesk_pg_bindir)" || return 0
    if [ "$(id -u)" -eq 0 ]; then
        run=(runuser -u postgres --)
    fi
    [ -f "$dir/postmaster.pid" ] && "${run[@]}" "$bindir/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
}

# projectdesk_pg_free_port: a loopback port nobody listens on, from 54320 up.
projectdesk_pg_free_port() {
    local port=54320
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    echo "$port"
}
