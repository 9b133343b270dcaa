import csv, os, sys
out = sys.argv[1]
truth={r['report_id']:r for r in csv.DictReader(open(os.environ.get('UNSEEN_DIR', '/tmp/unseen')+'/'+(sys.argv[2] if len(sys.argv)>2 else "truth.csv")+''))}
rep={r['report_id']:r for r in csv.DictReader(open(out+'/reports.csv'))}
ok=0
for k,t in truth.items():
    r=rep.get(k)
    if not r: print("MISSING",k); continue
    got=(r['region'],r['parent_region'],r['level'],r['year'])
    exp=(t['region'],t['parent'],t['level'],t['year'])
    if got==exp: ok+=1
    else: print(k, '|', t['form'], "| got",got,"exp",exp, r['metadata_from'])
print(ok,len(truth))
