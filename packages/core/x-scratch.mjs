import { parseDocument, parseAllDocuments, isMap, isSeq, isScalar, isAlias, isPair, visit } from 'yaml';
const src = process.argv[2].replace(/\\n/g,'\n').replace(/\\t/g,'\t').replace(/\\r/g,'\r');
const docs = parseAllDocuments(src, { keepSourceTokens: false, uniqueKeys: false });
for (const d of (Array.isArray(docs)?docs:[docs])) {
  console.log('DOC range', d.range, 'cb', JSON.stringify(d.commentBefore), 'c', JSON.stringify(d.comment));
  console.log('errors', d.errors.map(e=>[e.code,e.pos,e.message.split('\n')[0]]));
  console.log('warnings', d.warnings.map(e=>[e.code,e.pos,e.message.split('\n')[0]]));
  const show=(n,ind)=>{ if(!n){console.log(ind+'null');return;}
    const r=n.range; const t = JSON.stringify(src.slice(r[0],r[1]));
    const extra = {cb:n.commentBefore, c:n.comment, a:n.anchor, tag:n.tag, type:n.type, src:n.source, v:n.value instanceof Object?undefined:n.value};
    console.log(ind+(n.constructor.name)+' '+JSON.stringify(r)+' '+t+' '+JSON.stringify(extra));
    if (isMap(n)) for(const p of n.items){ console.log(ind+' pair'); show(p.key,ind+'  k '); show(p.value,ind+'  v ');}
    if (isSeq(n)) for(const i of n.items) show(i,ind+'  ');
  };
  show(d.contents,'');
}
