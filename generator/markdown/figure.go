package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// kindFigure and kindFigCaption are the nodes figures turns an image
// with a caption into.
var (
	kindFigure     = ast.NewNodeKind("Figure")
	kindFigCaption = ast.NewNodeKind("FigCaption")
)

type figureNode struct{ ast.BaseBlock }

func (n *figureNode) Kind() ast.NodeKind             { return kindFigure }
func (n *figureNode) Dump(src []byte, level int)     { ast.DumpHelper(n, src, level, nil, nil) }
func (n *figCaptionNode) Kind() ast.NodeKind         { return kindFigCaption }
func (n *figCaptionNode) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }
func (figureRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindFigure, renderFigure)
	reg.Register(kindFigCaption, renderFigCaption)
}

type figCaptionNode struct{ ast.BaseBlock }

// figures turns a paragraph that is an image and, on the next line, its
// caption into <figure> with <figcaption>, as a writer expects from
//
//	![Chị H'Bia khám cho trẻ](kham.jpg)
//	*Chị H'Bia khám cho trẻ ở làng Kon Sơ Lăl*
//
// (a caption that is wholly in italics loses the italics: the theme
// styles captions), and an image alone with a title, ![…](a.jpg "Tiêu
// đề"), into a figure captioned with its title. Every image of the body
// gets loading="lazy" and decoding="async": the body is below the page's
// own photo, and a long profile's images should not hold up its text.
type figures struct{}

func (figures) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	var paras []*ast.Paragraph
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Image:
			n.SetAttributeString("loading", []byte("lazy"))
			n.SetAttributeString("decoding", []byte("async"))
		case *ast.Paragraph:
			if _, ok := n.FirstChild().(*ast.Image); ok {
				paras = append(paras, n)
			}
		}
		return ast.WalkContinue, nil
	})
	for _, p := range paras {
		figure(p, src)
	}
}

// figure replaces p, a paragraph starting with an image, with a figure
// when it is one.
func figure(p *ast.Paragraph, src []byte) {
	img := p.FirstChild().(*ast.Image)
	var caption []ast.Node
	switch br := img.NextSibling(); {
	case br == nil:
		if len(img.Title) == 0 {
			return // an image alone: a picture, not a figure
		}
		caption = []ast.Node{ast.NewString(img.Title)}
	default:
		t, ok := br.(*ast.Text)
		if !ok || !(t.SoftLineBreak() || t.HardLineBreak()) || len(bytes.TrimSpace(t.Segment.Value(src))) != 0 || br.NextSibling() == nil {
			return // text on the image's line: an inline image
		}
		for c := br.NextSibling(); c != nil; c = c.NextSibling() {
			caption = append(caption, c)
		}
		if e, ok := caption[0].(*ast.Emphasis); ok && len(caption) == 1 {
			caption = caption[:0]
			for c := e.FirstChild(); c != nil; c = c.NextSibling() {
				caption = append(caption, c)
			}
		}
		p.RemoveChild(p, br)
	}
	fig, cap := &figureNode{}, &figCaptionNode{}
	parent := p.Parent()
	parent.ReplaceChild(parent, p, fig)
	fig.SetLines(p.Lines())
	fig.SetBlankPreviousLines(p.HasBlankPreviousLines())
	p.RemoveChild(p, img)
	fig.AppendChild(fig, img)
	for _, c := range caption {
		if c.Parent() != nil {
			c.Parent().RemoveChild(c.Parent(), c)
		}
		cap.AppendChild(cap, c)
	}
	fig.AppendChild(fig, cap)
}

type figureRenderer struct{}

func renderFigure(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString("<figure>\n")
	} else {
		_, _ = w.WriteString("</figure>\n")
	}
	return ast.WalkContinue, nil
}

func renderFigCaption(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString("\n<figcaption>")
	} else {
		_, _ = w.WriteString("</figcaption>\n")
	}
	return ast.WalkContinue, nil
}
