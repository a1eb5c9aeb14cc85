// Command go-yaml-oracle reads YAML with gopkg.in/yaml.v3 (the reader behind Go's SDL package,
// akash-network/chain-sdk go/sdl) and prints what it saw as JSON, so our TypeScript front end can
// be tested against it.
//
// Usage:
//
//	go-yaml-oracle FILE          one document, pretty JSON on stdout
//	go-yaml-oracle -lines        JSON lines: each stdin line is a JSON string (a YAML text);
//	                             each stdout line is the JSON answer for it, in order
//
// An answer is {"tree": NODE|null, "value": VALUE, "error": {"stage", "message", "line"}?}.
// The tree comes from yaml.Unmarshal into a yaml.Node; the value from decoding that node into
// interface{} (which is where duplicate keys are reported). Scalars of the value are typed:
// {"i":"12"} integers, {"f":"1e+06"} floats, {"t":"..."} timestamps; strings, booleans and null are
// plain JSON; mappings are {"m":[[key, value], ...]} sorted by the JSON text of the typed key
// (Go maps have no order).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"time"

	"gopkg.in/yaml.v3"
)

type errorOut struct {
	Stage   string `json:"stage"`
	Message string `json:"message"`
	Line    int    `json:"line"`
}

type answer struct {
	Tree  interface{} `json:"tree"`
	Value interface{} `json:"value"`
	Error *errorOut   `json:"error,omitempty"`
}

var lineRe = regexp.MustCompile(`line (\d+)`)

func makeError(stage string, err error) *errorOut {
	msg := err.Error()
	line := 0
	if m := lineRe.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
	}
	return &errorOut{Stage: stage, Message: msg, Line: line}
}

var kindNames = map[yaml.Kind]string{
	yaml.DocumentNode: "doc",
	yaml.SequenceNode: "seq",
	yaml.MappingNode:  "map",
	yaml.ScalarNode:   "scalar",
	yaml.AliasNode:    "alias",
}

func styleName(s yaml.Style) string {
	switch {
	case s&yaml.DoubleQuotedStyle != 0:
		return "double-quoted"
	case s&yaml.SingleQuotedStyle != 0:
		return "single-quoted"
	case s&yaml.LiteralStyle != 0:
		return "block-literal"
	case s&yaml.FoldedStyle != 0:
		return "block-folded"
	case s&yaml.FlowStyle != 0:
		return "flow"
	}
	return ""
}

// nodeOut turns a yaml.Node into plain JSON-able data.
func nodeOut(n *yaml.Node) interface{} {
	if n == nil || n.Kind == 0 {
		return nil
	}
	out := map[string]interface{}{
		"kind":   kindNames[n.Kind],
		"tag":    n.Tag,
		"line":   n.Line,
		"column": n.Column,
	}
	if n.Kind == yaml.ScalarNode {
		out["value"] = n.Value
	}
	if s := styleName(n.Style); s != "" {
		out["style"] = s
	}
	if n.Style&yaml.TaggedStyle != 0 {
		out["tagged"] = true
	}
	if n.Anchor != "" {
		out["anchor"] = n.Anchor
	}
	if n.Kind == yaml.AliasNode {
		out["alias"] = n.Value
	}
	if n.HeadComment != "" {
		out["headComment"] = n.HeadComment
	}
	if n.LineComment != "" {
		out["lineComment"] = n.LineComment
	}
	if n.FootComment != "" {
		out["footComment"] = n.FootComment
	}
	if n.Kind != yaml.AliasNode && len(n.Content) > 0 {
		children := make([]interface{}, len(n.Content))
		for i, c := range n.Content {
			children[i] = nodeOut(c)
		}
		out["content"] = children
	}
	return out
}

// valueOut turns a decoded interface{} into typed JSON-able data (see the package comment).
func valueOut(v interface{}, _ *yaml.Node) interface{} {
	switch x := v.(type) {
	case nil:
		return nil
	case bool, string:
		return x
	case int:
		return map[string]string{"i": strconv.Itoa(x)}
	case int64:
		return map[string]string{"i": strconv.FormatInt(x, 10)}
	case uint64:
		return map[string]string{"i": strconv.FormatUint(x, 10)}
	case float64:
		return map[string]string{"f": strconv.FormatFloat(x, 'g', -1, 64)}
	case time.Time:
		return map[string]string{"t": x.Format(time.RFC3339Nano)}
	case []byte:
		return string(x)
	case []interface{}:
		items := make([]interface{}, len(x))
		for i, item := range x {
			items[i] = valueOut(item, nil)
		}
		return items
	case map[string]interface{}:
		pairs := make([][2]interface{}, 0, len(x))
		for k, item := range x {
			pairs = append(pairs, [2]interface{}{k, valueOut(item, nil)})
		}
		return map[string]interface{}{"m": sortPairs(pairs)}
	case map[interface{}]interface{}:
		pairs := make([][2]interface{}, 0, len(x))
		for k, item := range x {
			pairs = append(pairs, [2]interface{}{valueOut(k, nil), valueOut(item, nil)})
		}
		return map[string]interface{}{"m": sortPairs(pairs)}
	}
	return map[string]string{"other": fmt.Sprintf("%T %v", v, v)}
}

// sortPairs orders mapping entries by the JSON text of their typed key.
func sortPairs(pairs [][2]interface{}) [][2]interface{} {
	keys := make([]string, len(pairs))
	for i, p := range pairs {
		b, _ := json.Marshal(p[0])
		keys[i] = string(b)
	}
	sort.Sort(byKey{pairs, keys})
	return pairs
}

type byKey struct {
	pairs [][2]interface{}
	keys  []string
}

func (b byKey) Len() int           { return len(b.pairs) }
func (b byKey) Less(i, j int) bool { return b.keys[i] < b.keys[j] }
func (b byKey) Swap(i, j int) {
	b.pairs[i], b.pairs[j] = b.pairs[j], b.pairs[i]
	b.keys[i], b.keys[j] = b.keys[j], b.keys[i]
}

func read(text []byte) (ans answer) {
	defer func() {
		if r := recover(); r != nil {
			ans = answer{Error: &errorOut{Stage: "panic", Message: fmt.Sprint(r)}}
		}
	}()
	var doc yaml.Node
	if err := yaml.Unmarshal(text, &doc); err != nil {
		return answer{Error: makeError("parse", err)}
	}
	ans.Tree = nodeOut(&doc)
	if doc.Kind == 0 {
		return ans
	}
	var value interface{}
	if err := doc.Decode(&value); err != nil {
		ans.Error = makeError("decode", err)
		return ans
	}
	ans.Value = valueOut(value, nil)
	return ans
}

func main() {
	if len(os.Args) == 2 && os.Args[1] == "-lines" {
		in := bufio.NewReaderSize(os.Stdin, 1<<20)
		out := bufio.NewWriterSize(os.Stdout, 1<<20)
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		for {
			line, err := in.ReadBytes('\n')
			if len(line) > 0 {
				var text string
				if jerr := json.Unmarshal(line, &text); jerr != nil {
					enc.Encode(answer{Error: &errorOut{Stage: "protocol", Message: jerr.Error()}})
				} else {
					enc.Encode(read([]byte(text)))
				}
				if in.Buffered() == 0 {
					out.Flush()
				}
			}
			if err != nil {
				break
			}
		}
		out.Flush()
		return
	}
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go-yaml-oracle FILE | go-yaml-oracle -lines")
		os.Exit(2)
	}
	text, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(read(text))
}
