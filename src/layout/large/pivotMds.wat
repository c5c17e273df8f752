;; Pivot MDS (./pivotMds.ts) in WebAssembly: the same steps in the same order, so the positions
;; are bit-identical to the JavaScript's. Why: it runs once per file, before the browser has
;; optimised any JavaScript, and there it took 50-100 ms at 5,000 nodes (mostly the baseline
;; tiers' speed); WebAssembly is compiled ahead of its first run, and takes a few ms.
;;
;; Built into ./pivotMdsWasm.ts by `node tests/tools/wasm.mjs` (tests/unit/pivotMdsWasm.test.ts
;; checks that the bytes there are this file's). Memory: the caller lays the arrays out (see
;; pivotMdsWasm.ts) in a fresh memory, so every array starts as zeros.

(module
  (memory (export "memory") 1)

  ;; Hop distances from $from into $dist (i32 per node, -1 unreachable); $queue is scratch.
  (func $bfs (param $offs i32) (param $neigh i32) (param $n i32) (param $from i32) (param $dist i32) (param $queue i32)
    (local $head i32) (local $tail i32) (local $v i32) (local $d i32) (local $j i32) (local $end i32) (local $w i32)
    (memory.fill (local.get $dist) (i32.const 255) (i32.shl (local.get $n) (i32.const 2)))
    (i32.store (i32.add (local.get $dist) (i32.shl (local.get $from) (i32.const 2))) (i32.const 0))
    (i32.store (local.get $queue) (local.get $from))
    (local.set $tail (i32.const 1))
    (block $empty
      (loop $next
        (br_if $empty (i32.ge_s (local.get $head) (local.get $tail)))
        (local.set $v (i32.load (i32.add (local.get $queue) (i32.shl (local.get $head) (i32.const 2)))))
        (local.set $head (i32.add (local.get $head) (i32.const 1)))
        (local.set $d (i32.add (i32.load (i32.add (local.get $dist) (i32.shl (local.get $v) (i32.const 2)))) (i32.const 1)))
        (local.set $j (i32.load (i32.add (local.get $offs) (i32.shl (local.get $v) (i32.const 2)))))
        (local.set $end (i32.load (i32.add (local.get $offs) (i32.shl (i32.add (local.get $v) (i32.const 1)) (i32.const 2)))))
        (block $seen
          (loop $neighbour
            (br_if $seen (i32.ge_s (local.get $j) (local.get $end)))
            (local.set $w (i32.load (i32.add (local.get $neigh) (i32.shl (local.get $j) (i32.const 2)))))
            (if (i32.lt_s (i32.load (i32.add (local.get $dist) (i32.shl (local.get $w) (i32.const 2)))) (i32.const 0))
              (then
                (i32.store (i32.add (local.get $dist) (i32.shl (local.get $w) (i32.const 2))) (local.get $d))
                (i32.store (i32.add (local.get $queue) (i32.shl (local.get $tail) (i32.const 2))) (local.get $w))
                (local.set $tail (i32.add (local.get $tail) (i32.const 1)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $neighbour)))
        (br $next))))

  ;; The unit eigenvector of the symmetric k×k matrix at $m for its largest eigenvalue, orthogonal
  ;; to the one at $against when $orthogonal; $v and $next are two buffers of k, swapped each step.
  ;; Returns the address of the buffer that holds it.
  (func $power (param $m i32) (param $k i32) (param $orthogonal i32) (param $against i32) (param $v i32) (param $next i32) (result i32)
    (local $i i32) (local $j i32) (local $iter i32) (local $swap i32)
    (local $dot f64) (local $s f64) (local $norm f64) (local $change f64) (local $x f64)
    (local.set $i (i32.const 0))
    (block $filled
      (loop $fill
        (br_if $filled (i32.ge_s (local.get $i) (local.get $k)))
        (f64.store (i32.add (local.get $v) (i32.shl (local.get $i) (i32.const 3)))
          (f64.add (f64.const 1)
            (f64.div (f64.convert_i32_s (i32.rem_s (i32.mul (local.get $i) (i32.const 7919)) (i32.const 13))) (f64.const 13))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $fill)))
    (block $converged
      (loop $step
        (br_if $converged (i32.ge_s (local.get $iter) (i32.const 100)))
        (if (local.get $orthogonal)
          (then
            (local.set $dot (f64.const 0))
            (local.set $i (i32.const 0))
            (block $d (loop $dl
              (br_if $d (i32.ge_s (local.get $i) (local.get $k)))
              (local.set $dot (f64.add (local.get $dot)
                (f64.mul (f64.load (i32.add (local.get $v) (i32.shl (local.get $i) (i32.const 3))))
                         (f64.load (i32.add (local.get $against) (i32.shl (local.get $i) (i32.const 3)))))))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br $dl)))
            (local.set $i (i32.const 0))
            (block $o (loop $ol
              (br_if $o (i32.ge_s (local.get $i) (local.get $k)))
              (f64.store (i32.add (local.get $v) (i32.shl (local.get $i) (i32.const 3)))
                (f64.sub (f64.load (i32.add (local.get $v) (i32.shl (local.get $i) (i32.const 3))))
                  (f64.mul (local.get $dot) (f64.load (i32.add (local.get $against) (i32.shl (local.get $i) (i32.const 3)))))))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br $ol)))))
        ;; next = m · v
        (local.set $i (i32.const 0))
        (block $rows (loop $row
          (br_if $rows (i32.ge_s (local.get $i) (local.get $k)))
          (local.set $s (f64.const 0))
          (local.set $j (i32.const 0))
          (block $cols (loop $col
            (br_if $cols (i32.ge_s (local.get $j) (local.get $k)))
            (local.set $s (f64.add (local.get $s)
              (f64.mul
                (f64.load (i32.add (local.get $m) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $k)) (local.get $j)) (i32.const 3))))
                (f64.load (i32.add (local.get $v) (i32.shl (local.get $j) (i32.const 3)))))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $col)))
          (f64.store (i32.add (local.get $next) (i32.shl (local.get $i) (i32.const 3))) (local.get $s))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $row)))
        (local.set $norm (f64.const 0))
        (local.set $i (i32.const 0))
        (block $n (loop $nl
          (br_if $n (i32.ge_s (local.get $i) (local.get $k)))
          (local.set $x (f64.load (i32.add (local.get $next) (i32.shl (local.get $i) (i32.const 3)))))
          (local.set $norm (f64.add (local.get $norm) (f64.mul (local.get $x) (local.get $x))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $nl)))
        (local.set $norm (f64.sqrt (local.get $norm)))
        (if (f64.eq (local.get $norm) (f64.const 0)) (then (return (local.get $v))))
        (local.set $change (f64.const 0))
        (local.set $i (i32.const 0))
        (block $c (loop $cl
          (br_if $c (i32.ge_s (local.get $i) (local.get $k)))
          (local.set $x (f64.div (f64.load (i32.add (local.get $next) (i32.shl (local.get $i) (i32.const 3)))) (local.get $norm)))
          (f64.store (i32.add (local.get $next) (i32.shl (local.get $i) (i32.const 3))) (local.get $x))
          (local.set $change (f64.add (local.get $change)
            (f64.abs (f64.sub (local.get $x) (f64.load (i32.add (local.get $v) (i32.shl (local.get $i) (i32.const 3))))))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $cl)))
        (local.set $swap (local.get $v))
        (local.set $v (local.get $next))
        (local.set $next (local.get $swap))
        (br_if $converged (f64.lt (local.get $change) (f64.const 1e-5)))
        (local.set $iter (i32.add (local.get $iter) (i32.const 1)))
        (br $step)))
    (local.get $v))

  ;; Positions (x, y interleaved, f64) at $out for the n ≥ 3 nodes of the graph in compressed rows
  ;; at $offs / $neigh; k pivots; CᵀC summed over every $stride-th node; the main axis along x when
  ;; $landscape. The other addresses are scratch: $c n×k f64, $dist $queue $minDist n i32,
  ;; $rowMean n f64, $colMean k f64, $ctc k×k f64, $va $vb $vc $vd k f64 each.
  (func (export "pivotMds")
    (param $n i32) (param $k i32) (param $stride i32) (param $landscape i32) (param $edgeLength f64)
    (param $offs i32) (param $neigh i32) (param $out i32)
    (param $c i32) (param $dist i32) (param $queue i32) (param $minDist i32)
    (param $rowMean i32) (param $colMean i32) (param $ctc i32)
    (param $va i32) (param $vb i32) (param $vc i32) (param $vd i32)
    (local $i i32) (local $p i32) (local $a i32) (local $b i32) (local $j i32) (local $end i32) (local $w i32)
    (local $pivot i32) (local $far i32) (local $di i32) (local $d i32) (local $col i32) (local $next i32) (local $best i32)
    (local $count i32) (local $ax i32) (local $ay i32) (local $v1 i32) (local $v2 i32) (local $at i32)
    (local $grand f64) (local $column f64) (local $sq f64) (local $offset f64) (local $s f64) (local $s1 f64) (local $s2 f64)
    (local $cv f64) (local $sum f64) (local $dx f64) (local $dy f64) (local $scale f64)
    ;; minDist: as far as can be
    (local.set $i (i32.const 0))
    (block $md (loop $mdl
      (br_if $md (i32.ge_s (local.get $i) (local.get $n)))
      (i32.store (i32.add (local.get $minDist) (i32.shl (local.get $i) (i32.const 2))) (i32.const 0x7fffffff))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $mdl)))
    ;; First pivot: the most connected node (the first of equals).
    (local.set $i (i32.const 1))
    (block $fp (loop $fpl
      (br_if $fp (i32.ge_s (local.get $i) (local.get $n)))
      (if (i32.gt_s
            (i32.sub (i32.load (i32.add (local.get $offs) (i32.shl (i32.add (local.get $i) (i32.const 1)) (i32.const 2))))
                     (i32.load (i32.add (local.get $offs) (i32.shl (local.get $i) (i32.const 2)))))
            (i32.sub (i32.load (i32.add (local.get $offs) (i32.shl (i32.add (local.get $pivot) (i32.const 1)) (i32.const 2))))
                     (i32.load (i32.add (local.get $offs) (i32.shl (local.get $pivot) (i32.const 2))))))
        (then (local.set $pivot (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $fpl)))
    ;; One column of C per pivot: squared hop distances, their sums taken on the way.
    (block $pivots (loop $pl
      (br_if $pivots (i32.ge_s (local.get $p) (local.get $k)))
      (call $bfs (local.get $offs) (local.get $neigh) (local.get $n) (local.get $pivot) (local.get $dist) (local.get $queue))
      (local.set $far (i32.const 0))
      (local.set $i (i32.const 0))
      (block $f (loop $fl
        (br_if $f (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $di (i32.load (i32.add (local.get $dist) (i32.shl (local.get $i) (i32.const 2)))))
        (if (i32.gt_s (local.get $di) (local.get $far)) (then (local.set $far (local.get $di))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $fl)))
      (local.set $col (i32.mul (local.get $p) (local.get $n)))
      (local.set $column (f64.const 0))
      (local.set $i (i32.const 0))
      (block $fc (loop $fcl
        (br_if $fc (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $di (i32.load (i32.add (local.get $dist) (i32.shl (local.get $i) (i32.const 2)))))
        ;; Another component: a little further than the farthest reachable node.
        (local.set $d (select (i32.add (local.get $far) (i32.const 1)) (local.get $di) (i32.lt_s (local.get $di) (i32.const 0))))
        (local.set $sq (f64.convert_i32_s (i32.mul (local.get $d) (local.get $d))))
        (f64.store (i32.add (local.get $c) (i32.shl (i32.add (local.get $col) (local.get $i)) (i32.const 3))) (local.get $sq))
        (local.set $at (i32.add (local.get $rowMean) (i32.shl (local.get $i) (i32.const 3))))
        (f64.store (local.get $at) (f64.add (f64.load (local.get $at)) (local.get $sq)))
        (local.set $column (f64.add (local.get $column) (local.get $sq)))
        (local.set $at (i32.add (local.get $minDist) (i32.shl (local.get $i) (i32.const 2))))
        (if (i32.and (i32.ge_s (local.get $di) (i32.const 0)) (i32.lt_s (local.get $di) (i32.load (local.get $at))))
          (then (i32.store (local.get $at) (local.get $di))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $fcl)))
      (f64.store (i32.add (local.get $colMean) (i32.shl (local.get $p) (i32.const 3)))
        (f64.div (local.get $column) (f64.convert_i32_s (local.get $n))))
      (local.set $grand (f64.add (local.get $grand) (local.get $column)))
      ;; Next pivot: the node farthest from every pivot so far (ties: the lower index).
      (local.set $next (i32.const -1))
      (local.set $best (i32.const -1))
      (local.set $i (i32.const 0))
      (block $np (loop $npl
        (br_if $np (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $d
          (select (i32.const 0x7ffffffe)
                  (i32.load (i32.add (local.get $minDist) (i32.shl (local.get $i) (i32.const 2))))
                  (i32.lt_s (i32.load (i32.add (local.get $dist) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 0))))
        (if (i32.gt_s (local.get $d) (local.get $best))
          (then (local.set $best (local.get $d)) (local.set $next (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $npl)))
      (local.set $pivot (local.get $next))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br $pl)))
    ;; Double centring.
    (local.set $grand (f64.div (local.get $grand) (f64.convert_i32_s (i32.mul (local.get $n) (local.get $k)))))
    (local.set $i (i32.const 0))
    (block $rm (loop $rml
      (br_if $rm (i32.ge_s (local.get $i) (local.get $n)))
      (local.set $at (i32.add (local.get $rowMean) (i32.shl (local.get $i) (i32.const 3))))
      (f64.store (local.get $at) (f64.div (f64.load (local.get $at)) (f64.convert_i32_s (local.get $k))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $rml)))
    (local.set $p (i32.const 0))
    (block $dc (loop $dcl
      (br_if $dc (i32.ge_s (local.get $p) (local.get $k)))
      (local.set $offset (f64.sub (local.get $grand) (f64.load (i32.add (local.get $colMean) (i32.shl (local.get $p) (i32.const 3))))))
      (local.set $i (i32.const 0))
      (block $dr (loop $drl
        (br_if $dr (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $at (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (local.get $p) (local.get $n)) (local.get $i)) (i32.const 3))))
        (f64.store (local.get $at)
          (f64.mul (f64.const -0.5)
            (f64.add
              (f64.sub (f64.load (local.get $at)) (f64.load (i32.add (local.get $rowMean) (i32.shl (local.get $i) (i32.const 3)))))
              (local.get $offset))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $drl)))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br $dcl)))
    ;; CᵀC over every stride-th node.
    (local.set $a (i32.const 0))
    (block $ca (loop $cal
      (br_if $ca (i32.ge_s (local.get $a) (local.get $k)))
      (local.set $b (local.get $a))
      (block $cb (loop $cbl
        (br_if $cb (i32.ge_s (local.get $b) (local.get $k)))
        (local.set $s (f64.const 0))
        (local.set $i (i32.const 0))
        (block $ci (loop $cil
          (br_if $ci (i32.ge_s (local.get $i) (local.get $n)))
          (local.set $s (f64.add (local.get $s)
            (f64.mul
              (f64.load (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (local.get $a) (local.get $n)) (local.get $i)) (i32.const 3))))
              (f64.load (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (local.get $b) (local.get $n)) (local.get $i)) (i32.const 3)))))))
          (local.set $i (i32.add (local.get $i) (local.get $stride)))
          (br $cil)))
        (f64.store (i32.add (local.get $ctc) (i32.shl (i32.add (i32.mul (local.get $a) (local.get $k)) (local.get $b)) (i32.const 3))) (local.get $s))
        (f64.store (i32.add (local.get $ctc) (i32.shl (i32.add (i32.mul (local.get $b) (local.get $k)) (local.get $a)) (i32.const 3))) (local.get $s))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br $cbl)))
      (local.set $a (i32.add (local.get $a) (i32.const 1)))
      (br $cal)))
    (local.set $v1 (call $power (local.get $ctc) (local.get $k) (i32.const 0) (i32.const 0) (local.get $va) (local.get $vb)))
    (local.set $v2 (call $power (local.get $ctc) (local.get $k) (i32.const 1) (local.get $v1) (local.get $vc) (local.get $vd)))
    ;; Projection C·v onto the two axes.
    (local.set $ax (select (i32.const 0) (i32.const 1) (local.get $landscape)))
    (local.set $ay (i32.sub (i32.const 1) (local.get $ax)))
    (local.set $i (i32.const 0))
    (block $pr (loop $prl
      (br_if $pr (i32.ge_s (local.get $i) (local.get $n)))
      (local.set $s1 (f64.const 0))
      (local.set $s2 (f64.const 0))
      (local.set $p (i32.const 0))
      (block $pp (loop $ppl
        (br_if $pp (i32.ge_s (local.get $p) (local.get $k)))
        (local.set $cv (f64.load (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (local.get $p) (local.get $n)) (local.get $i)) (i32.const 3)))))
        (local.set $s1 (f64.add (local.get $s1) (f64.mul (local.get $cv) (f64.load (i32.add (local.get $v1) (i32.shl (local.get $p) (i32.const 3)))))))
        (local.set $s2 (f64.add (local.get $s2) (f64.mul (local.get $cv) (f64.load (i32.add (local.get $v2) (i32.shl (local.get $p) (i32.const 3)))))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $ppl)))
      (f64.store (i32.add (local.get $out) (i32.shl (i32.add (i32.shl (local.get $i) (i32.const 1)) (local.get $ax)) (i32.const 3))) (local.get $s1))
      (f64.store (i32.add (local.get $out) (i32.shl (i32.add (i32.shl (local.get $i) (i32.const 1)) (local.get $ay)) (i32.const 3))) (local.get $s2))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $prl)))
    ;; Scale so that linked nodes are edgeLength apart on average.
    (local.set $i (i32.const 0))
    (block $sc (loop $scl
      (br_if $sc (i32.ge_s (local.get $i) (local.get $n)))
      (local.set $j (i32.load (i32.add (local.get $offs) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $end (i32.load (i32.add (local.get $offs) (i32.shl (i32.add (local.get $i) (i32.const 1)) (i32.const 2)))))
      (block $sn (loop $snl
        (br_if $sn (i32.ge_s (local.get $j) (local.get $end)))
        (local.set $w (i32.load (i32.add (local.get $neigh) (i32.shl (local.get $j) (i32.const 2)))))
        (if (i32.gt_s (local.get $w) (local.get $i))
          (then
            (local.set $dx (f64.sub
              (f64.load (i32.add (local.get $out) (i32.shl (i32.shl (local.get $i) (i32.const 1)) (i32.const 3))))
              (f64.load (i32.add (local.get $out) (i32.shl (i32.shl (local.get $w) (i32.const 1)) (i32.const 3))))))
            (local.set $dy (f64.sub
              (f64.load (i32.add (local.get $out) (i32.shl (i32.add (i32.shl (local.get $i) (i32.const 1)) (i32.const 1)) (i32.const 3))))
              (f64.load (i32.add (local.get $out) (i32.shl (i32.add (i32.shl (local.get $w) (i32.const 1)) (i32.const 1)) (i32.const 3))))))
            (local.set $sum (f64.add (local.get $sum)
              (f64.sqrt (f64.add (f64.mul (local.get $dx) (local.get $dx)) (f64.mul (local.get $dy) (local.get $dy))))))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $snl)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $scl)))
    (local.set $scale (f64.const 1))
    (if (i32.and (i32.gt_s (local.get $count) (i32.const 0)) (f64.gt (local.get $sum) (f64.const 0)))
      (then (local.set $scale (f64.div (local.get $edgeLength) (f64.div (local.get $sum) (f64.convert_i32_s (local.get $count)))))))
    (local.set $i (i32.const 0))
    (block $ms (loop $msl
      (br_if $ms (i32.ge_s (local.get $i) (i32.shl (local.get $n) (i32.const 1))))
      (local.set $at (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 3))))
      (f64.store (local.get $at) (f64.mul (f64.load (local.get $at)) (local.get $scale)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $msl)))))
