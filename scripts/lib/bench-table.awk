# Turns scripts/bench's key<TAB>best<TAB>median<TAB>unit lines into one markdown table: each
# TorchTrek figure beside the reference measured in the same run, with their ratio.
# Ratios compare best with best and median with median.
!/^#/ && NF == 4 { best[$1] = $2; med[$1] = $3; unit[$1] = $4; order[++n] = $1 }

function num(v) {
  return v >= 100 ? sprintf("%.0f", v) : v >= 10 ? sprintf("%.1f", v) : sprintf("%.2f", v)
}
function cell(k) { return (k in best) ? num(best[k]) " (" num(med[k]) ")" : "—" }
# share: TorchTrek as a percentage of a limit (higher is better)
function share(k, ref) {
  if (!(k in best) || !(ref in best) || best[ref] == 0 || med[ref] == 0) return "—"
  return sprintf("%.0f%% (%.0f%%)", 100 * best[k] / best[ref], 100 * med[k] / med[ref])
}
# times: how many times the reference's figure TorchTrek's is (for latencies: below 1 is faster)
function times(k, ref) {
  if (!(k in best) || !(ref in best) || best[ref] == 0 || med[ref] == 0) return "—"
  return sprintf("%.2fx (%.2fx)", best[k] / best[ref], med[k] / med[ref])
}
function row(label, k, refLabel, ref, ratio, target) {
  shown[k] = 1; shown[ref] = 1
  if (!(k in best)) return
  printf "| %s | %s | %s: %s | %s | %s |\n", label, cell(k), refLabel, cell(ref), ratio, target
}

END {
  print "| metric | TorchTrek best (median) | reference in the same run | ratio | target |"
  print "|---|---|---|---|---|"
  row("matmul n=64, 2 threads (GFLOP/s)", "matmul64_gflops", "C FMA peak 2t", "c_fma_peak_gflops", share("matmul64_gflops", "c_fma_peak_gflops") " of peak", "")
  row("matmul n=256, 2 threads (GFLOP/s)", "matmul256_gflops", "C FMA peak 2t", "c_fma_peak_gflops", share("matmul256_gflops", "c_fma_peak_gflops") " of peak", "")
  row("matmul n=1024, 2 threads (GFLOP/s)", "matmul1024_gflops", "C FMA peak 2t", "c_fma_peak_gflops", share("matmul1024_gflops", "c_fma_peak_gflops") " of peak", ">= 40% of peak")
  row("matmul n=64, 1 thread (GFLOP/s)", "matmul64_1t_gflops", "C FMA peak 1t", "c_fma_peak_1t_gflops", share("matmul64_1t_gflops", "c_fma_peak_1t_gflops") " of peak", "")
  row("matmul n=256, 1 thread (GFLOP/s)", "matmul256_1t_gflops", "C FMA peak 1t", "c_fma_peak_1t_gflops", share("matmul256_1t_gflops", "c_fma_peak_1t_gflops") " of peak", "")
  row("matmul n=1024, 1 thread (GFLOP/s)", "matmul1024_1t_gflops", "C FMA peak 1t", "c_fma_peak_1t_gflops", share("matmul1024_1t_gflops", "c_fma_peak_1t_gflops") " of peak", "")
  row("matmul n=1024 vs PyTorch (GFLOP/s)", "matmul1024_gflops", "PyTorch (reference BLAS)", "torch_matmul1024_gflops", times("matmul1024_gflops", "torch_matmul1024_gflops"), "")
  row("add 16M into out (GB/s)", "add16M_out_gbs", "C add 2t", "c_add16M_gbs", share("add16M_out_gbs", "c_add16M_gbs") " of C", ">= 70% of C")
  row("add 16M into out vs PyTorch (GB/s)", "add16M_out_gbs", "PyTorch", "torch_add16M_out_gbs", times("add16M_out_gbs", "torch_add16M_out_gbs"), "")
  row("add 16M, allocating (GB/s)", "add16M_alloc_gbs", "C add 2t", "c_add16M_gbs", share("add16M_alloc_gbs", "c_add16M_gbs") " of C", "")
  row("add 16M, allocating vs PyTorch (GB/s)", "add16M_alloc_gbs", "PyTorch", "torch_add16M_alloc_gbs", times("add16M_alloc_gbs", "torch_add16M_alloc_gbs"), "")
  row("sum 16M (GB/s)", "sum16M_gbs", "C sum 2t", "c_sum16M_gbs", share("sum16M_gbs", "c_sum16M_gbs") " of C", ">= 70% of C")
  row("sum 16M vs PyTorch (GB/s)", "sum16M_gbs", "PyTorch", "torch_sum16M_gbs", times("sum16M_gbs", "torch_sum16M_gbs"), "")
  row("2x2 add (ns/op)", "add2x2_ns", "PyTorch", "torch_add2x2_ns", times("add2x2_ns", "torch_add2x2_ns") " the time", "< 150 ns")
  row("scalar autograd loop (us/iter)", "autograd_scalar_us", "PyTorch", "torch_autograd_scalar_us", times("autograd_scalar_us", "torch_autograd_scalar_us") " the time", "< 1 us")
  row("MLP 784-128-10 step, batch 64 (ms)", "mlp_step_ms", "its 5 matmuls alone", "mlp_matmuls_ms", times("mlp_step_ms", "mlp_matmuls_ms") " the time", "<= 1.5x")
  row("MLP step vs PyTorch (ms)", "mlp_step_ms", "PyTorch", "torch_mlp_step_ms", times("mlp_step_ms", "torch_mlp_step_ms") " the time", "")
  for (g = 0; g < 3; g++) {
    sz = g == 0 ? 1024 : g == 1 ? 4096 : 8192
    row("GPU matmul n=" sz " float32 (TFLOP/s)", "cuda_matmul_" sz "_f32", "cuBLAS sgemm", "cublas_sgemm_" sz,
        share("cuda_matmul_" sz "_f32", "cublas_sgemm_" sz) " of cuBLAS", ">= 90% of cuBLAS")
  }
  row("GPU add 256M float32 into out (TB/s)", "cuda_add_256M_f32", "device-to-device copy", "cuda_copy_d2d_256M_f32",
      share("cuda_add_256M_f32", "cuda_copy_d2d_256M_f32") " of copy", ">= 80% of copy")
  row("tensor.to('cuda'), 256 MB (GB/s)", "cuda_h2d_to_cuda_64M_f32", "raw pinned copy", "cuda_h2d_pinned_64M_f32",
      share("cuda_h2d_to_cuda_64M_f32", "cuda_h2d_pinned_64M_f32") " of pinned", "")
  # everything else (other parts, references not compared above), as measured
  for (i = 1; i <= n; i++) {
    k = order[i]
    if (k in shown || k in done) continue
    done[k] = 1
    printf "| %s (%s) | %s | | | |\n", k, unit[k], cell(k)
  }
}
