import csv, sys
rows=list(csv.DictReader(open(sys.argv[1]+'/indicators.csv')))
bad=0
for r in rows:
    sec=r['section']
    exp = 'target' if any(w in sec for w in ('今年','安排','今后五年','未来五年')) else ('actual' if ('过去' in sec or '回顾' in sec) else None)
    if exp and r['kind']!=exp:
        bad+=1
        if len(sys.argv)>2: print(r['report_id'],sec,r['kind'],r['period_start'],r['period_end'],r['quote'][:40])
print('kind wrong',bad,'of',len(rows))
