# Renders the posts of a site folder as GitHub Pages does: Jekyll reads each post, runs Liquid over it, then
# kramdown with the GFM parser, hard_wrap off, MathJax as the math engine (GitHub Pages' fixed kramdown set-up,
# which is also the academicpages template's _config.yml). No layout is applied: the result is the post's HTML.
# Prints one JSON object: the post's path in the site => {"html": ...} or {"error": ...} (a post that breaks the
# build, such as unbalanced Liquid, is an error, as it would be on GitHub Pages).
require 'jekyll'
require 'json'

source = File.expand_path(ARGV.fetch(0))
config = Jekyll.configuration(
  'source' => source, 'destination' => File.join(source, '_site'), 'quiet' => true,
  'future' => true, 'unpublished' => true, 'plugins' => [], 'incremental' => false, 'safe' => true,
  'markdown' => 'kramdown', 'highlighter' => 'rouge', 'excerpt_separator' => "\n\n",
  'defaults' => [{ 'scope' => { 'path' => '' }, 'values' => { 'layout' => nil } }],
  'kramdown' => { 'input' => 'GFM', 'hard_wrap' => false, 'auto_ids' => true, 'footnote_nr' => 1,
                  'entity_output' => 'as_char', 'toc_levels' => '1..6',
                  'smart_quotes' => 'lsquo,rsquo,ldquo,rdquo', 'math_engine' => 'mathjax',
                  'syntax_highlighter' => 'rouge' })
Jekyll.logger.log_level = :error
site = Jekyll::Site.new(config)
site.reset
site.read
rendered = {}
site.posts.docs.each do |post|
  begin
    Jekyll::Renderer.new(site, post, site.site_payload).run
    rendered[post.relative_path] = { 'html' => post.content }
  rescue StandardError, SyntaxError => e
    rendered[post.relative_path] = { 'error' => "#{e.class}: #{e.message}" }
  end
end
$stdout.write(JSON.generate(rendered))
