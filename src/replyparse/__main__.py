from replyparse.cli import run

run()
