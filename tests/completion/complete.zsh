# zsh -f complete.zsh DIR LINE: types LINE and a Tab into an interactive zsh whose $fpath
# starts with DIR (where _citegraph is), and prints each match the completion system offers,
# one a line. compadd is wrapped to print what it adds; the matches are marked "<<...>>" in
# words the terminal's echo of these commands does not contain. Run it under `timeout`.
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PROMPT= ; fpath=(${(q)1} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z 'bindkey "^I" complete-word'
zpty -w z 'compadd() { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi; local -a __hits; builtin compadd -O __hits "$@"; (( $#__hits )) && print -r -l -- "<""<"${^__hits}">"">"; builtin compadd "$@"; }'
zpty -w z '__done() { print -r -- "<""<done>"">"; exit }; comppostfuncs=(__done)'
zpty -w z "$2"$'\t'
while zpty -r z line; do
  [[ $line == *'<<done>>'* ]] && break
  [[ $line == *'<<'*'>>'* ]] && print -r -- ${${line#*<<}%%>>*}
done
