# bash completion for socready(1).
# Subcommands, options and their choices are read from `socready --help` and
# `socready COMMAND --help` (the usage line names the choices, e.g. "--format table|csv|json"),
# so the completion follows the installed binary; service slugs and frozen periods are read
# from the database (--db, else $SOCREADY_DB, else socready.db).

# The database the command line names: --db, else $SOCREADY_DB, else socready.db.
_socready_db() {
  local i
  for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do
    case ${COMP_WORDS[i]} in
      --db) printf '%s\n' "${COMP_WORDS[i + 1]}" && return ;;
      --db=*) printf '%s\n' "${COMP_WORDS[i]#--db=}" && return ;;
    esac
  done
  printf '%s\n' "${SOCREADY_DB:-socready.db}"
}

# Only an existing database is read: completing must never create one.
_socready_services() {
  local db
  db=$(_socready_db)
  [[ -f $db ]] || return 0
  # The services export is CSV whose first column is the slug; slugs hold no commas.
  "$1" --db "$db" export services 2>/dev/null | tail -n +2 | cut -d, -f1
}

# The systems on file: the systems export's first column, like the services'.
_socready_systems() {
  local db
  db=$(_socready_db)
  [[ -f $db ]] || return 0
  "$1" --db "$db" export systems 2>/dev/null | tail -n +2 | cut -d, -f1
}

_socready_periods() {
  local db
  db=$(_socready_db)
  [[ -f $db ]] || return 0
  "$1" --db "$db" history --format json 2>/dev/null |
    grep -o '"period": *"[0-9]\{4\}-Q[1-4]"' | grep -o '[0-9]\{4\}-Q[1-4]' | sort -u
}

_socready() {
  local cur prev bin=${COMP_WORDS[0]}
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}

  # The command is the first word that is neither an option nor --db's value.
  local command="" i first_arg=0
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      --db) ((i++)) ;;
      -*) ;;
      *) command=${COMP_WORDS[i]} first_arg=$((i + 1)) && break ;;
    esac
  done

  if [[ $prev == --db ]]; then
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    return
  fi
  if [[ -z $command ]]; then
    local commands
    commands=$("$bin" --help 2>/dev/null | sed -n '/^Commands:/,/^$/s/^  \([a-z-]*\) .*/\1/p')
    mapfile -t COMPREPLY < <(compgen -W "$commands --db --version --help" -- "$cur")
    return
  fi

  local help usage
  help=$("$bin" "$command" --help 2>/dev/null) || return
  usage=$(sed -n 's/^Usage: socready [a-z-]* *//p' <<<"$help" | head -n 1)

  case $prev in
    --period)
      mapfile -t COMPREPLY < <(compgen -W "$(_socready_periods "$bin")" -- "$cur")
      return ;;
    --service)
      mapfile -t COMPREPLY < <(compgen -W "$(_socready_services "$bin")" -- "$cur")
      return ;;
    --out | --file)
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      return ;;
    --*)
      # "--format table|csv|json" in the usage line names the choices.
      local choices
      choices=$(grep -o -- "$prev [a-zA-Z0-9_|]*|[a-zA-Z0-9_|]*" <<<"$usage" | head -n 1 | cut -d' ' -f2)
      if [[ -n $choices ]]; then
        mapfile -t COMPREPLY < <(compgen -W "${choices//|/ }" -- "$cur")
        return
      fi
      if grep -q -- "^ *$prev .*arg" <<<"$help"; then
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        return
      fi ;;
  esac

  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u)" -- "$cur")
    return
  fi

  # Positional arguments: a first word of choices (import KIND, export KIND) or a single word in
  # lower case (suggest soc1), services, files.
  local first=${usage%% *}
  if ((COMP_CWORD == first_arg)) && [[ $first =~ ^[a-z0-9|-]+$ ]]; then
    mapfile -t COMPREPLY < <(compgen -W "${first//|/ }" -- "$cur")
  elif [[ $usage == SYSTEM* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_socready_systems "$bin")" -- "$cur")
  elif [[ $usage == *SERVICE* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_socready_services "$bin")" -- "$cur")
  else
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  fi
}

complete -F _socready socready
