#!/bin/bash
# usage: api-saturation.sh JARDIR LABEL [java opts]
# JARDIR holds guwah.jar and guwah-bench-0.1.0-SNAPSHOT.jar; needs wrk (Debian package).
# Starts ApiLoadBench as the server, warms up with wrk -t2 -c50, measures, and prints throughput,
# latency percentiles and CPU ms per request (java, its PostgreSQL backends, wrk).
dir=$1; label=$2; shift 2
DUR=${DUR:-20}; WARM=${WARM:-20}; ROLE=${ROLE:-documenter}
log=${LOGDIR:-/tmp/guwah-bench-logs}/$label.$(date +%H%M%S).log; mkdir -p ${LOGDIR:-/tmp/guwah-bench-logs}
before=$(ls -d /tmp/guwah-api-bench* /tmp/guwah-search* 2>/dev/null)
java -Xmx2g -Dguwah.bench.role=$ROLE "$@" -cp $dir/guwah.jar:$dir/guwah-bench-0.1.0-SNAPSHOT.jar org.guwah.bench.ApiLoadBench 0 $((DUR+WARM+60)) 2000 > $log.server 2>&1 &
pid=$!
for i in $(seq 1 240); do grep -q '^Cookie:' $log.server && break; sleep 1; done
url=$(grep '^serving' $log.server | awk '{print $2}')
cookie=$(grep '^Cookie:' $log.server | sed 's/^Cookie: //')
for d in $(ls -d /tmp/guwah-api-bench* 2>/dev/null); do echo "$before" | grep -qx "$d" || pm=$(head -1 $d/data/pg/postmaster.pid); done
cpu() { local t=0; for p in $pid $pm $(pgrep -P $pm); do s=$(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null); t=$((t+${s:-0})); done; echo $t; }
jcpu() { awk '{print $14+$15}' /proc/$pid/stat; }
wrk -t2 -c50 -d${WARM}s -H "Cookie: $cookie" $url > /dev/null
l0=$(cut -d' ' -f1 /proc/loadavg); c0=$(cpu); j0=$(jcpu)
/usr/bin/time -f "%U %S" -o $log.wrktime wrk -t2 -c50 -d${DUR}s --latency -H "Cookie: $cookie" $url > $log
c1=$(cpu); j1=$(jcpu); l1=$(cut -d' ' -f1 /proc/loadavg)
kill $pid; wait $pid 2>/dev/null
for d in $(ls -d /tmp/guwah-api-bench* /tmp/guwah-search* 2>/dev/null); do echo "$before" | grep -qx "$d" || rm -rf "$d"; done
n=$(grep 'requests in' $log | awk '{print $1}')
rps=$(grep 'Requests/sec' $log | awk '{print $2}')
lat=$(grep -A4 'Latency Distribution' $log | tail -4 | awk '{printf "%s=%s ", $1, $2}')
w=$(awk '{print ($1+$2)*1000}' $log.wrktime)
python3 - "$label role=$ROLE load=$l0->$l1 rps=$rps $lat" $n $j0 $j1 $c0 $c1 $w <<'P'
import sys
lab=sys.argv[1]; n,j0,j1,c0,c1=map(int,sys.argv[2:7]); w=float(sys.argv[7])
j=(j1-j0)*10.0; tot=(c1-c0)*10.0
print(lab+'| cpu ms/req: java %.3f pg %.3f wrk %.3f total %.3f => ~%d req/s on 2 free cores' % (j/n, (tot-j)/n, w/n, (tot+w)/n, 2000/((tot+w)/n)))
P
