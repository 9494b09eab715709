# Merges repeated key<TAB>best<TAB>median<TAB>unit lines (a reference measured before and after
# TorchTrek, so that it sees the same moments of a shared machine): best of the bests (highest
# for rates, whose unit ends in /s; lowest otherwise), mean of the medians. Order of first sight.
!/^#/ && NF == 4 {
  k = $1
  rate = $4 ~ /\/s$/
  if (!(k in best)) { order[++n] = k; best[k] = $2; unit[k] = $4 }
  else if ((rate && $2 + 0 > best[k] + 0) || (!rate && $2 + 0 < best[k] + 0)) best[k] = $2
  medsum[k] += $3; count[k]++
}
END { for (i = 1; i <= n; i++) { k = order[i]; printf "%s\t%.3f\t%.3f\t%s\n", k, best[k], medsum[k] / count[k], unit[k] } }
