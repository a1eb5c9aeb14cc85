module akash-sdl/tools/go-yaml-oracle

go 1.19

require gopkg.in/yaml.v3 v3.0.1

// Offline build: yaml.v3 3.0.1 from Debian's golang-gopkg-yaml.v3-dev (see README.md).
replace gopkg.in/yaml.v3 => /usr/share/gocode/src/gopkg.in/yaml.v3
