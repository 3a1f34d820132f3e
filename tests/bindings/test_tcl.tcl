# kolit from Tcl (libsqlite3-tcl): load the extension and query the seeds.
# Usage: tclsh test_tcl.tcl EXTENSION
package require sqlite3
set ext [lindex $argv 0]
sqlite3 db :memory:
db enable_load_extension 1
db eval {SELECT load_extension($ext)}

set passed 0
set failed 0
proc check {what got want} {
  global passed failed
  if {$got eq $want} { incr passed } else { incr failed; puts "FAILED: $what\n  got:  $got\n  want: $want" }
}

check "record count" [db eval {SELECT count(*) FROM lit_records('seeds')}] 11
check "kiet date" [db eval {SELECT date FROM lit_records('seeds') WHERE journal = 'Research Reports'}] 2018-12-14
check "authors of record 3" [db eval {
  SELECT family || '|' || given FROM lit_authors('seeds/003_0d10feb63e2a0cac.txt')
  WHERE ordinal = 3 ORDER BY position}] {Ahn|Young-Jin Gu|Ji-Yeung}
check "missing file" [catch {db eval {SELECT * FROM lit_documents('nope.txt')}} msg] 1
check "missing file message" $msg "lit_documents: cannot read 'nope.txt': No such file or directory"
db close
puts "$passed passed, $failed failed"
exit [expr {$failed ? 1 : 0}]
