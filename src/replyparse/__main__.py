from replyparse.cli import main

main()
