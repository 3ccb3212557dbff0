"""The public site of the demo municipality as plain data: the home page, the top tasks and the
information pages (privacy and accessibility statements). The answers, departments and
contact channels are kennisbank's (kennisbank.demo_content)."""
